package naba.spark;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import naba.text.LayerKey;
import naba.text.Layers;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One Parquet table per list layer of {@link Layers} (mentions, entities, times, quantities, quotations, paragraph
 * duplicates, and any layer added later), found by reflection so a new layer gets its table without a change here.
 * Each row is one element: {@code doc_id}, {@code index} (its position in the layer), then the record's fields; for
 * «قال كيري» a mention row reads {@code ("doc", 0, 4, 8, "كيري", "PERS", ...)}.
 *
 * @param name        the layer's name, also the table's directory name
 * @param fieldName   the constant in {@link Layers}, to find the key again on an executor
 * @param recordClass the element record
 */
record LayerTable(String name, String fieldName, Class<?> recordClass) implements Serializable {
    /** Token-level layers: a row per token of the corpus is not what a batch job is for. */
    static final Set<String> TOKEN_LEVEL = Set.of("tokens", "words", "sentences", "paragraphs");

    /** The list layers of {@link Layers} whose elements are records, token-level layers left out. */
    static List<LayerTable> discover() {
        List<LayerTable> tables = new ArrayList<>();
        for (Field f : Layers.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != LayerKey.class) {
                continue;
            }
            Type element = elementOf(f.getGenericType());
            if (element instanceof Class<?> c && c.isRecord()) {
                LayerKey<?> key = key(f.getName());
                if (!TOKEN_LEVEL.contains(key.name())) {
                    tables.add(new LayerTable(key.name(), f.getName(), c));
                }
            }
        }
        return tables;
    }

    /** The record-valued (not list) layers of {@link Layers}, such as a topic distribution: document columns. */
    static List<LayerTable> documentColumns() {
        List<LayerTable> columns = new ArrayList<>();
        for (Field f : Layers.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == LayerKey.class
                    && f.getGenericType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord()) {
                columns.add(new LayerTable(key(f.getName()).name(), f.getName(), c));
            }
        }
        return columns;
    }

    LayerKey<?> key() {
        return key(fieldName);
    }

    StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("doc_id", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("index", DataTypes.IntegerType, false));
        fields.addAll(List.of(RecordRows.schema(recordClass).fields()));
        return DataTypes.createStructType(fields);
    }

    private static LayerKey<?> key(String fieldName) {
        try {
            return (LayerKey<?>) Layers.class.getField(fieldName).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Layers." + fieldName + " is not readable", e);
        }
    }

    /** {@code LayerKey<Layer<X>>} or {@code LayerKey<List<X>>} gives X; anything else null. */
    private static Type elementOf(Type keyType) {
        if (keyType instanceof ParameterizedType key
                && key.getActualTypeArguments()[0] instanceof ParameterizedType value
                && value.getRawType() instanceof Class<?> container
                && java.util.List.class.isAssignableFrom(container)) {
            return value.getActualTypeArguments()[0];
        }
        return null;
    }
}
