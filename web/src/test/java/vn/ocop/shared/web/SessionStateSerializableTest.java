package vn.ocop.shared.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two servers replicate the HTTP session (and the views kept in it): every session-, view- or conversation-scoped bean
 * of the web module, and everything its fields hold, must be serialisable. Walks the fields' declared types (the
 * element types of collections and maps too, and the fields of the portal's own classes); injected references are
 * the container's serialisable proxies.
 */
class SessionStateSerializableTest {

    /** Lists of Object whose record keeps only strings and numbers (its constructor sees to it: MessageArguments). */
    private static final Set<String> OBJECTS_CHECKED = Set.of("ImportBacking.preview.problems<>.arguments<>",
            "UnitImportBacking.preview.problems<>.arguments<>");

    @Test
    void everySessionAndViewBeanHoldsOnlySerialisableState() throws Exception {
        List<Class<?>> beans = beans();
        assertTrue(beans.size() > 30, "session and view beans found: " + beans.size());
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            fields(bean, bean.getSimpleName(), problems, seen);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSignedInCallerKeptInTheSessionIsSerialisable() throws Exception {
        Class<?> signedIn = Class.forName("vn.ocop.identity.web.PortalAuthentication$SignedIn");
        List<String> problems = new ArrayList<>();
        check(signedIn, "SignedIn", problems, new HashSet<>());
        check(vn.ocop.identity.boundary.Caller.class, "Caller", problems, new HashSet<>());
        assertEquals(List.of(), problems);
    }

    @Test
    void anImportProblemKeepsOnlyStringsAndNumbers() throws Exception {
        var problem = new vn.ocop.registration.control.ImportProblem("s", 2, "A", "h", "k",
                List.of("text", 3, java.time.LocalDate.of(2026, 1, 2)));
        assertEquals(List.of("text", 3, "2026-01-02"), problem.arguments());
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(problem);
        }
        assertTrue(bytes.size() > 0);
    }

    private static void fields(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!c.getName().startsWith("vn.ocop.")) {
                continue;
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (type instanceof TypeVariable<?> || type instanceof WildcardType || OBJECTS_CHECKED.contains(path)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            check(raw, path, problems, seen);
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class
                    || raw.getName().startsWith("vn.ocop.")) {
                for (Type argument : parameterized.getActualTypeArguments()) {
                    check(argument, path + "<>", problems, seen);
                }
            }
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (raw.isPrimitive() || !seen.add(raw)) {
            return;
        }
        boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
        if (raw == Optional.class) {
            problems.add(path + ": Optional is not serialisable");
        } else if (!Serializable.class.isAssignableFrom(raw) && !(container && raw.isInterface())) {
            problems.add(path + ": " + raw.getName() + " is not serialisable");
        }
        fields(raw, path, problems, seen);
    }

    private static List<Class<?>> beans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(UserSession.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ViewScoped.class)
                        || c.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
