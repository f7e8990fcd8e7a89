package io.github.camelsegmentremote.springboot;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Turns {@code #bean:name} (or {@code #name}) in a {@code camel.component.*} property into the bean of that name,
 * for the options that take an object (a ready HttpClient, SSLContextParameters, ...), as Camel's property syntax
 * does. Only for the given types, and only for values starting with {@code #}; others are not converted.
 */
final class BeanReferenceConverter implements GenericConverter {

    private final BeanFactory beans;
    private final Set<ConvertiblePair> pairs;

    BeanReferenceConverter(BeanFactory beans, Set<Class<?>> types) {
        this.beans = beans;
        this.pairs = types.stream().map(type -> new ConvertiblePair(String.class, type)).collect(Collectors.toSet());
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return pairs;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (!(source instanceof String text) || !text.startsWith("#")) {
            return null;
        }
        String name = text.startsWith("#bean:") ? text.substring("#bean:".length()) : text.substring(1);
        return beans.getBean(name, targetType.getType());
    }
}
