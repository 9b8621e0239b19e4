package io.potentia.cli;

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
 * Guards the module and package boundaries, from the command line's tests, which see every
 * published module: no package cycles; core depends on no other module, scoring only on core,
 * report never the other way round, and only the command line on picocli; scoring knows no
 * workbook; no {@code internal} type in a public signature of an API package, generic type
 * arguments included; and no jqwik.
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
  void coreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("io.potentia.core..")
        .should().dependOnClassesThat().resideInAnyPackage("io.potentia.scoring..", "io.potentia.report..",
            "io.potentia.testkit..", "io.potentia.cli..")
        .check(CLASSES);
  }

  @Test
  void scoringKnowsNoReportWorkbookTestkitOrCommandLine() {
    noClasses().that().resideInAPackage("io.potentia.scoring..")
        .should().dependOnClassesThat().resideInAnyPackage("io.potentia.report..", "io.potentia.testkit..",
            "io.potentia.cli..", "org.dhatim..", "picocli..")
        .check(CLASSES);
  }

  @Test
  void theReportDependsOnScoringNeverTheReverseAndNotOnTheCommandLine() {
    noClasses().that().resideInAPackage("io.potentia.report..")
        .should().dependOnClassesThat().resideInAnyPackage("io.potentia.testkit..", "io.potentia.cli..", "picocli..")
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
          // every type a signature involves, so that List<SomeInternal> is caught as well as SomeInternal
          for (JavaClass r : unit.getReturnType().getAllInvolvedRawTypes()) {
            if (internal(r)) {
              events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " returns " + r.getName()));
            }
          }
          for (com.tngtech.archunit.core.domain.JavaType type : unit.getParameterTypes()) {
            for (JavaClass p : type.getAllInvolvedRawTypes()) {
              if (internal(p)) {
                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes " + p.getName()));
              }
            }
          }
        }
        for (JavaField f : c.getFields()) {
          if (!visible(f.getModifiers())) {
            continue;
          }
          for (JavaClass t : f.getType().getAllInvolvedRawTypes()) {
            if (internal(t)) {
              events.add(SimpleConditionEvent.violated(f, f.getFullName() + " has type " + t.getName()));
            }
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
