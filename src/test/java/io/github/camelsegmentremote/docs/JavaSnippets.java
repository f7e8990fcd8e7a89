package io.github.camelsegmentremote.docs;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a Java example of the docs, as written, inside a class: a route snippet inside a RouteBuilder's
 * {@code configure()} (one that starts with {@code .to(} gets a {@code from("direct:...")} before it), other code
 * inside a method that has a {@code camelContext}.
 */
final class JavaSnippets {

    static final String IMPORTS = """
            import java.util.*;
            import org.apache.camel.*;
            import org.apache.camel.builder.RouteBuilder;
            import io.github.camelsegmentremote.copy.*;
            import io.github.camelsegmentremote.remote.*;
            import io.github.camelsegmentremote.segment.*;
            import io.github.camelsegmentremote.segment.tracking.*;
            """;

    private JavaSnippets() {
    }

    static boolean isRoute(String code) {
        String start = code.strip();
        return start.startsWith("from(") || start.startsWith(".to(");
    }

    /** The compiled class: a RouteBuilder for a route snippet, else a class with {@code run(CamelContext)}. */
    static Class<?> compile(String code, String className, Path workDir) throws Exception {
        String body = code.strip();
        String source;
        if (isRoute(body)) {
            if (body.startsWith(".to(")) {
                body = "from(\"direct:" + className + "\")\n" + body;
            }
            if (!body.endsWith(";")) {
                body = body + "\n;"; // after a trailing // comment too
            }
            source = "package docs;\n" + IMPORTS + "public class " + className
                    + " extends RouteBuilder {\n  @Override public void configure() {\n" + body + "\n  }\n}\n";
        } else {
            source = "package docs;\n" + IMPORTS + "public class " + className
                    + " {\n  public static void run(CamelContext camelContext) throws Exception {\n" + body
                    + "\n  }\n}\n";
        }
        Path src = workDir.resolve("docs/" + className + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("These tests need a JDK (javax.tools), not a JRE");
        }
        int status = javac.run(null, null, null, List.of("-proc:none", "-d", workDir.toString(), "-cp",
                System.getProperty("java.class.path"), src.toString()).toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError("The example does not compile as written:\n" + source);
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {workDir.toUri().toURL()},
                JavaSnippets.class.getClassLoader());
        return loader.loadClass("docs." + className);
    }

}
