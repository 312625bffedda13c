package naba.text;

import java.util.Objects;

/**
 * The typed name of one annotation layer of a {@link Document}, e.g. {@link Layers#TOKENS}.
 *
 * @param name     the layer's name, as used in JSON output ({@code "tokens"})
 * @param producer the annotator that adds it, named in {@link MissingLayerException}
 * @param <T>      the layer's value type
 */
public record LayerKey<T>(String name, String producer) {
    public LayerKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(producer, "producer");
    }

    public static <T> LayerKey<T> of(String name, String producer) {
        return new LayerKey<>(name, producer);
    }

    @Override
    public String toString() {
        return name;
    }
}
