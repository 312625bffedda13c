package naba.text;

/** A layer was read from a {@link Document} that no annotator has added yet. */
public final class MissingLayerException extends NabaException {
    public MissingLayerException(LayerKey<?> key) {
        super("layer '" + key.name() + "' is missing; add " + key.producer() + " to the pipeline before reading it");
    }
}
