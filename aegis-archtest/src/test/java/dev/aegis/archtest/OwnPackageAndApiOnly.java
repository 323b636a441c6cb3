package dev.aegis.archtest;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * A class under {@code <root>.<name>} may use, of {@code dev.aegis}, only {@code dev.aegis.api} and
 * {@code <root>.<name>} itself: what a plugin or pack sees through its class loader. ArchUnit's
 * stock conditions cannot say "its own top-level package", which differs per class.
 */
final class OwnPackageAndApiOnly extends ArchCondition<JavaClass> {

    private final String root;

    OwnPackageAndApiOnly(String root) {
        super("depend on nothing of dev.aegis but dev.aegis.api and their own " + root + ".<name> package");
        this.root = root;
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        String own = ownPackage(item.getPackageName());
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
            String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
            boolean allowed = !within(target, "dev.aegis") || within(target, "dev.aegis.api") || within(target, own);
            if (!allowed) {
                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
            }
        }
    }

    /** {@code dev.aegis.plugin.mock} for {@code dev.aegis.plugin.mock.internal}. */
    private String ownPackage(String packageName) {
        if (!packageName.startsWith(root + ".")) {
            // a class right in the root belongs to no plugin: it may see only the api
            return "dev.aegis.api";
        }
        int end = packageName.indexOf('.', root.length() + 1);
        return end < 0 ? packageName : packageName.substring(0, end);
    }

    static boolean within(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }
}
