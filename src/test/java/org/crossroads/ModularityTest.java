package org.crossroads;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    static final ApplicationModules modules = ApplicationModules.of(CrossroadsApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.forEach(System.out::println);
        modules.verify();
    }
}
