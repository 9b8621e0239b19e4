package io.potentia.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * Guards the module and package boundaries: no package cycles, core independent of scoring and the
 * testkit, no {@code internal} type in a public signature of an API package, and no jqwik.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.potentia");

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("io.potentia.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void coreDependsOnNeitherScoringNorTheTestkit() {
    noClasses().that().resideInAPackage("io.potentia.core..")
        .should().dependOnClassesThat().resideInAnyPackage("io.potentia.scoring..", "io.potentia.testkit..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("io.potentia.scoring..")
        .should().dependOnClassesThat().resideInAPackage("io.potentia.testkit..")
        .check(CLASSES);
  }

  @Test
  void noInternalTypeAppearsInAPublicSignature() {
    ArchRuleDefinition.classes().that().resideOutsideOfPackage("..internal..").and().arePublic()
        .should(exposeNoInternalTypes()).check(CLASSES);
  }

  @Test
  void nothingUsesJqwik() {
    noClasses().should().dependOnClassesThat().resideInAPackage("net.jqwik..").check(CLASSES);
  }

  private static ArchCondition<JavaClass> exposeNoInternalTypes() {
    return new ArchCondition<>("expose no internal type in a public or protected signature") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaCodeUnit unit : c.getCodeUnits()) {
          if (!visible(unit.getModifiers())) {
            continue;
          }
          if (internal(unit.getRawReturnType())) {
            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " returns " + unit.getRawReturnType().getName()));
          }
          for (JavaClass p : unit.getRawParameterTypes()) {
            if (internal(p)) {
              events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes " + p.getName()));
            }
          }
        }
        for (JavaField f : c.getFields()) {
          if (visible(f.getModifiers()) && internal(f.getRawType())) {
            events.add(SimpleConditionEvent.violated(f, f.getFullName() + " has type " + f.getRawType().getName()));
          }
        }
        if (c.getRawSuperclass().map(ArchitectureTest::internal).orElse(false)) {
          events.add(SimpleConditionEvent.violated(c, c.getName() + " extends an internal type"));
        }
      }
    };
  }

  private static boolean visible(java.util.Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean internal(JavaClass type) {
    return type.getPackageName().contains(".internal");
  }
}
