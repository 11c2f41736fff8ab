package vn.ocop.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every public method of every boundary states who may call it (method or class level). */
class BoundaryRolesTest {

    @Test
    void everyBoundaryMethodIsGuarded() throws Exception {
        List<Class<?>> boundaries = boundaries();
        assertTrue(boundaries.size() >= 4, "found the boundaries: " + boundaries);
        List<String> unguarded = new ArrayList<>();
        for (Class<?> boundary : boundaries) {
            boolean classGuard = boundary.isAnnotationPresent(RolesAllowed.class) || boundary.isAnnotationPresent(PermitAll.class);
            for (Method method : boundary.getDeclaredMethods()) {
                boolean guarded = method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(PermitAll.class);
                if (Modifier.isPublic(method.getModifiers()) && !guarded && !classGuard) {
                    unguarded.add(boundary.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(unguarded.isEmpty(), "boundary methods without a role check: " + unguarded);
    }

    private static List<Class<?>> boundaries() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(BoundaryRolesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && f.toString().contains("/boundary/")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Stateless.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
