package naba.spark;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns the records of {@code naba.text} into Spark rows, with the schema read from the record's components, so a
 * table follows the record when a field is added: {@code Mention(start, end, surface, type, score, entity)} becomes
 * columns {@code start int, end int, surface string, type string, score float, entity int}. Names become snake_case
 * ({@code cueStart} → {@code cue_start}); enums are written by name, dates as dates, lists as arrays, nested records
 * as structs, and any other type as its string form.
 */
final class RecordRows {
    private RecordRows() {
    }

    /** The struct type of a record class. */
    static StructType schema(Class<?> recordClass) {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : recordClass.getRecordComponents()) {
            fields.add(DataTypes.createStructField(snake(c.getName()), dataType(c.getGenericType()), true));
        }
        return DataTypes.createStructType(fields);
    }

    /** The values of a record in schema order, converted for Spark (nested records become rows). */
    static List<Object> values(Object record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        List<Object> values = new ArrayList<>(components.length);
        for (RecordComponent c : components) {
            try {
                values.add(value(c.getAccessor().invoke(record), c.getGenericType()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + c.getName(), e);
            }
        }
        return values;
    }

    static DataType dataType(Type type) {
        Class<?> raw = raw(type);
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return DataTypes.IntegerType;
        }
        if (raw == long.class || raw == Long.class) {
            return DataTypes.LongType;
        }
        if (raw == float.class || raw == Float.class) {
            return DataTypes.FloatType;
        }
        if (raw == double.class || raw == Double.class) {
            return DataTypes.DoubleType;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return DataTypes.BooleanType;
        }
        if (raw == LocalDate.class) {
            return DataTypes.DateType;
        }
        if (raw.isRecord()) {
            return schema(raw);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return DataTypes.createArrayType(dataType(argument(type, 0)), true);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return DataTypes.createMapType(dataType(argument(type, 0)), dataType(argument(type, 1)), true);
        }
        if (raw.isArray() && raw.getComponentType().isPrimitive()) {
            return DataTypes.createArrayType(dataType(raw.getComponentType()), false);
        }
        return DataTypes.StringType;
    }

    static Object value(Object v, Type type) {
        if (v == null) {
            return null;
        }
        Class<?> raw = raw(type);
        if (raw == short.class || raw == Short.class) {
            return ((Short) v).intValue();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v;
        }
        if (v instanceof LocalDate date) {
            return java.sql.Date.valueOf(date);
        }
        if (v instanceof Record) {
            return RowFactory.create(values(v).toArray());
        }
        // Spark's row encoder takes arrays and Scala maps as the external forms of array and map columns.
        if (v instanceof Collection<?> list) {
            Type element = argument(type, 0);
            Object[] out = new Object[list.size()];
            int i = 0;
            for (Object e : list) {
                out[i++] = value(e, element);
            }
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(value(e.getKey(), argument(type, 0)), value(e.getValue(), argument(type, 1)));
            }
            return scala.jdk.javaapi.CollectionConverters.asScala(out);
        }
        if (v.getClass().isArray() && v.getClass().getComponentType().isPrimitive()) {
            int n = java.lang.reflect.Array.getLength(v);
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                out[i] = java.lang.reflect.Array.get(v, i);
            }
            return out;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(v);
    }

    static Row row(List<Object> values) {
        return RowFactory.create(values.toArray());
    }

    static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            Type arg = p.getActualTypeArguments()[index];
            return arg instanceof Class<?> || arg instanceof ParameterizedType ? arg : Object.class;
        }
        return Object.class;
    }
}
