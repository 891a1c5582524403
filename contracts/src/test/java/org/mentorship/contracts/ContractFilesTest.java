package org.mentorship.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every catalog entry has a schema and a fixture, every file and every event record belongs to an entry. */
class ContractFilesTest {

    @Test
    void everyEntryHasASchemaAndAFixture() {
        for (EventCatalog entry : EventCatalog.values()) {
            ClassLoader loader = getClass().getClassLoader();
            assertNotNull(loader.getResource(entry.schemaResource()), "missing " + entry.schemaResource());
            assertNotNull(loader.getResource(entry.fixtureResource()), "missing " + entry.fixtureResource());
        }
    }

    @Test
    void noOrphanSchema() throws Exception {
        Set<String> expected = Arrays.stream(EventCatalog.values())
                .map(e -> fileName(e.schemaResource()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, filesIn("schemas"));
    }

    @Test
    void noOrphanFixture() throws Exception {
        Set<String> expected = Arrays.stream(EventCatalog.values())
                .map(e -> fileName(e.fixtureResource()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, filesIn("fixtures"));
    }

    @Test
    void everyEventRecordIsInTheCatalog() throws Exception {
        String pkg = "org.mentorship.contracts.events";
        Path dir = classesRoot().resolve(pkg.replace('.', '/'));
        Set<String> records = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                if (DomainEvent.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    assertTrue(type.isRecord(), type + " should be a record");
                    records.add(type.getSimpleName());
                }
            }
        }
        Set<String> catalogued = Arrays.stream(EventCatalog.values())
                .map(EventCatalog::type)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(catalogued, records);
    }

    private static Set<String> filesIn(String folder) throws IOException, URISyntaxException {
        URL url = ContractFilesTest.class.getClassLoader().getResource(folder);
        assertNotNull(url, folder + " is not on the classpath");
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(EventCatalog.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
