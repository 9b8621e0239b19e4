package io.potentia.scoring.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.PotentiaException;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.spi.StrategyProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's provider that reuses a built-in name, seen through the service loader as in an
 * application: the registry names both providers at every call, and the rest of the library goes on
 * working (issue 15, item 3: it used to fail with ExceptionInInitializerError, then
 * NoClassDefFoundError for good).
 */
class RegistryClashTest {

  @Test
  void aClashIsRaisedAtEveryCallNamingBothProvidersAndPoisonsNothing(@TempDir Path dir) throws Exception {
    Path services = dir.resolve("META-INF/services/" + StrategyProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, UsersMinMax.class.getName() + "\n");
    ClassLoader application = new ScoringAfresh(getClass().getClassLoader(), services.toUri().toURL());

    Method registry = Class.forName(Strategies.class.getName(), true, application).getMethod("registry");
    for (int call = 1; call <= 2; call++) {
      InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> registry.invoke(null));
      assertEquals(PotentiaException.class, e.getCause().getClass(), "call " + call + ": " + e.getCause());
      String message = e.getCause().getMessage();
      assertTrue(message.contains("two providers offer the normalisation strategy 'min-max'")
          && message.contains(BuiltInStrategies.class.getName()) && message.contains(UsersMinMax.class.getName()),
          message);
    }
    Object builder = Class.forName(ScoringPipeline.class.getName(), true, application).getMethod("builder").invoke(null);
    assertNotNull(builder, "the pipeline's builder is still there");
  }

  /** A user's provider that names its normaliser 'min-max', as the built-in one is named. */
  public static final class UsersMinMax implements StrategyProvider {
    /** Creates the provider; the service loader needs a public constructor. */
    public UsersMinMax() {}

    @Override
    public List<io.potentia.scoring.spi.StrategyDescriptor> strategies() {
      return List.of(io.potentia.scoring.spi.StrategyDescriptor.of(io.potentia.scoring.spi.StrategyKind.NORMALISATION,
          "min-max", "mine", java.util.Set.of(), p -> io.potentia.scoring.normalise.Normalisers.rank()));
    }
  }

  /**
   * Loads the scoring module's classes afresh, so that their static state starts anew, and shows the
   * service loader one more provider file, as a user's jar would.
   */
  private static final class ScoringAfresh extends ClassLoader {
    private final URL extraServices;

    ScoringAfresh(ClassLoader parent, URL extraServices) {
      super(parent);
      this.extraServices = extraServices;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("io.potentia.scoring.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded != null) {
          return loaded;
        }
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
          if (in == null) {
            throw new ClassNotFoundException(name);
          }
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      List<URL> urls = Collections.list(getParent().getResources(name));
      if (name.equals("META-INF/services/" + StrategyProvider.class.getName())) {
        urls.add(extraServices);
      }
      return Collections.enumeration(urls);
    }
  }
}
