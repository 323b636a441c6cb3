package dev.aegis.archtest;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The known-bad (and one known-good) classes in this module's test sources that prove each rule
 * bites. They sit in production-looking packages on purpose, so the production import leaves them
 * out explicitly, not only because they are test classes.
 */
final class Fixtures {

    static final List<String> PACKAGES = List.of(
            "dev.aegis.plugin.badfixture",
            "dev.aegis.plugin.goodfixture",
            "dev.aegis.pack.alpha",
            "dev.aegis.pack.beta",
            "dev.aegis.pack.llmguard.badfixture",
            "dev.aegis.kernel.badfixture",
            "dev.aegis.runtime.badfixture",
            "dev.aegis.server.badfixture",
            "dev.aegis.cli.badfixture",
            "dev.aegis.embedded.badfixture",
            "dev.aegis.api.badfixture",
            "dev.aegis.client.badfixture",
            "dev.aegis.testkit.badfixture",
            "dev.langchain4j.badfixture",
            "io.modelcontextprotocol.badfixture",
            "opennlp.badfixture",
            "org.apache.lucene.badfixture",
            "org.apache.pdfbox.badfixture",
            "org.eclipse.aether.badfixture",
            "ai.onnxruntime.badfixture",
            "ai.djl.badfixture");

    static final ImportOption EXCLUDED = location -> PACKAGES.stream()
            .noneMatch(fixture -> location.contains("/" + fixture.replace('.', '/') + "/"));

    // one import of the fixture packages only; tests take their slices of it
    private static final JavaClasses ALL = new ClassFileImporter().importPackages(PACKAGES);

    private Fixtures() {}

    /** The classes of these fixture packages (and their sub-packages) and nothing else. */
    static JavaClasses of(String... packages) {
        for (String name : packages) {
            if (!PACKAGES.contains(name)) {
                throw new IllegalArgumentException(name + " is not a fixture package");
            }
        }
        JavaClasses classes = ALL.that(resideInAnyPackage(List.of(packages).stream().map(name -> name + "..").toArray(String[]::new)));
        if (classes.isEmpty()) {
            throw new IllegalStateException("no fixture classes found in " + List.of(packages));
        }
        return classes;
    }
}
