package dev.aegis.plugin.apikey;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * No two keys share a hash: one key with two principals would make who a request acts for depend
 * on the order of the list. Reported at {@code keys[i].hash}, naming the earlier entry.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UniqueKeyHashes.Check.class)
@interface UniqueKeyHashes {

    String message() default "the same key appears twice";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<UniqueKeyHashes, ApiKeyConfig> {

        @Override
        public boolean isValid(ApiKeyConfig config, ConstraintValidatorContext context) {
            List<ApiKeyConfig.Key> keys = config.keys();
            Map<String, Integer> firstIndex = new HashMap<>();
            boolean valid = true;
            for (int i = 0; i < keys.size(); i++) {
                String hash = keys.get(i).hash();
                Integer earlier = hash.matches(ApiKeyConfig.SHA256) ? firstIndex.putIfAbsent(hash, i) : null;
                if (earlier != null) {
                    valid = false;
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate("the same key as keys[" + earlier + "]; each key belongs to one principal")
                            .addPropertyNode("keys")
                            .addPropertyNode("hash").inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
