package dev.aegis.archtest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Every module's main classes on this module's test class path: no test classes, no fixtures. */
final class ProductionClasses {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(Fixtures.EXCLUDED)
            .importPackages("dev.aegis");

    private ProductionClasses() {}

    /** Imported once: importing the class path takes seconds, the rules milliseconds. */
    static JavaClasses all() {
        return CLASSES;
    }
}
