package org.custodian.rights;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of any record, read through its components: the holders' records are often package-private types of
 * their own module, which the package reads without knowing them (DSR-3, complete by construction).
 */
final class RecordFields {

    private RecordFields() {
    }

    /** One field: its component's name, its declared type and its value. */
    record Field(String name, Class<?> type, Object value) {
    }

    /** The record's fields in declaration order. */
    static List<Field> of(Record record) {
        var components = record.getClass().getRecordComponents();
        var fields = new ArrayList<Field>(components.length);
        for (var component : components) {
            fields.add(new Field(component.getName(), component.getType(), read(component, record)));
        }
        return fields;
    }

    /** The components of a record type, for the columns of a table whose values may be null. */
    static RecordComponent[] components(Class<?> type) {
        return type.getRecordComponents();
    }

    /**
     * A record with one component only (an id such as {@code PersonId}) stands for its value: it is written as that
     * value, not as a nested record.
     */
    static boolean isWrapper(Class<?> type) {
        return type.isRecord() && type.getRecordComponents().length == 1;
    }

    /** The value of a one-component record. */
    static Object unwrap(Record record) {
        return of(record).get(0).value();
    }

    private static Object read(RecordComponent component, Record record) {
        var accessor = component.getAccessor();
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + component + " of " + record.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Reading " + component + " of " + record.getClass().getName() + " failed",
                    e.getCause());
        }
    }
}
