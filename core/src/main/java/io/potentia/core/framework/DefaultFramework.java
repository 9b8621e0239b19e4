package io.potentia.core.framework;

import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.potential.Dimension;
import io.potentia.core.potential.ForceComponent;
import io.potentia.core.potential.PostureElement;
import io.potentia.core.potential.PotentialType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The default framework over a catalogue: the index at the root; the five potentials, the forces
 * and the posture as pillars; each force component and posture element as a sub-pillar; every
 * catalogue indicator that has a dimension as a leaf under it (an indicator without one, such as
 * the local defence budget, is left out). All weights are 1 (equal weighting within
 * each group), and no node names its own strategies, so the pipeline defaults apply.
 *
 * <p>Three scenarios re-weight the pillars:
 *
 * <ul>
 *   <li>{@code peacetime}: building the nation; the political and economic potentials weigh 1.5;
 *   <li>{@code wartime}: mobilisation and the first year of a war; military potential and forces
 *       weigh 2, political potential and posture 1.5, diplomatic potential 0.75;
 *   <li>{@code disaster-response}: disasters and search and rescue; forces and posture weigh 1.5,
 *       civil-defence plans and emergency response time 2 within their groups.
 * </ul>
 */
public final class DefaultFramework {
  /** The id of the root node. */
  public static final String ROOT = "index";

  private DefaultFramework() {}

  /**
   * The default framework over the built-in catalogue.
   *
   * @return the framework
   */
  public static Framework builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * The default framework over a catalogue. Dimensions without indicators in the catalogue are
   * left out, so that no pillar is empty.
   *
   * @param catalogue the indicators
   * @return the framework, checked against the catalogue
   */
  public static Framework of(IndicatorCatalogue catalogue) {
    return build(catalogue, "potentia.default", "Potentia default framework");
  }

  /**
   * The default framework over the indicators of a catalogue that apply at one area level: a
   * province has no embassies, so its framework leaves out nation-only indicators.
   *
   * @param catalogue the indicators
   * @param level the level of the areas to score
   * @return the framework
   */
  public static Framework of(IndicatorCatalogue catalogue, io.potentia.core.area.AreaLevel level) {
    IndicatorCatalogue applicable = IndicatorCatalogue.builder().from(catalogue).indicators(
        catalogue.indicators().stream().filter(i -> i.appliesAt(level)).toList()).build();
    return build(applicable, "potentia.default." + level.id(), "Potentia default framework for the " + level.id() + " level");
  }

  /**
   * The indicators of the mechanism of party leadership, authority management and the counsel of
   * the military and public security that builds and runs a defensive zone: the party committee's
   * resolutions, the steering board's meetings, the authority's legal and planning documents, the
   * military-public security coordination regulations and joint drills, and inspections.
   */
  public static final List<String> LEADERSHIP_MECHANISM = List.of("posture.defensive_zone_resolutions",
      "posture.steering_board_meetings", "posture.defence_legal_documents", "posture.military_police_coordination",
      "posture.joint_drills", "posture.defence_inspections");

  /** The id of the doctrine framework's leadership-mechanism node, under political potential. */
  public static final String MECHANISM = "leadership-mechanism";

  /**
   * The doctrine variant of the default framework at one level: political potential "acts as an
   * incentive for mobilising and building the other types of potential", so the root aggregates
   * its pillars with the {@code catalyst} aggregator, {@code I = H (P / 100)}, where {@code P} is
   * the political pillar (chosen by node id) and {@code H} the weighted arithmetic mean of the
   * other pillars; and the mechanism of leadership, management and counsel ({@link
   * #LEADERSHIP_MECHANISM}, those the catalogue holds and that apply at the level) is a sub-pillar
   * of political potential, node {@value #MECHANISM}. Everything else is as {@link
   * #of(IndicatorCatalogue, io.potentia.core.area.AreaLevel)}. The catalyst's defaults (scale 100,
   * strength 1) assume pillar scores on a 0-100 scale, such as min-max to [0, 100]; a score
   * outside [0, 100] at the political pillar is refused when scoring.
   *
   * @param catalogue the indicators
   * @param level the level of the areas to score
   * @return the framework, id {@code potentia.doctrine.LEVEL}
   */
  public static Framework doctrine(IndicatorCatalogue catalogue, io.potentia.core.area.AreaLevel level) {
    Framework plain = of(catalogue, level);
    List<FrameworkNode> nodes = new ArrayList<>();
    for (FrameworkNode node : plain.nodes()) {
      nodes.add(node.id().equals(ROOT) ? FrameworkNode.builder().from(node).aggregation("catalyst").build() : node);
    }
    List<Indicator> mechanism = LEADERSHIP_MECHANISM.stream().filter(catalogue::contains).map(catalogue::get)
        .filter(i -> i.appliesAt(level)).toList();
    if (!mechanism.isEmpty() && nodes.stream().anyMatch(n -> n.id().equals(PotentialType.POLITICAL.id()))) {
      nodes.add(FrameworkNode.builder().id(MECHANISM).name("Mechanism of leadership, management and counsel")
          .parent(PotentialType.POLITICAL.id()).build());
      for (Indicator i : mechanism) {
        nodes.add(FrameworkNode.builder().id(i.id()).name(i.name()).parent(MECHANISM).indicator(i.id()).build());
      }
    }
    return Framework.builder().from(plain).id("potentia.doctrine." + level.id())
        .name("Potentia doctrine framework for the " + level.id() + " level")
        .description("Political potential as the catalyst of the others (I = H (P / 100)), with the mechanism of"
            + " leadership, management and counsel under it, over the " + catalogue.id() + " catalogue.")
        .nodes(nodes).build().checkAgainst(catalogue);
  }

  private static Framework build(IndicatorCatalogue catalogue, String id, String name) {
    List<FrameworkNode> nodes = new ArrayList<>();
    nodes.add(FrameworkNode.builder().id(ROOT).name("All-people national defence potential index").build());
    for (PotentialType potential : PotentialType.values()) {
      addGroup(nodes, catalogue, potential, ROOT);
    }
    addFamily(nodes, catalogue, "forces", "Forces", ForceComponent.values());
    addFamily(nodes, catalogue, "posture", "Posture", PostureElement.values());
    return Framework.builder()
        .id(id)
        .name(name)
        .description("Potential, force and posture, equally weighted, over the " + catalogue.id() + " catalogue.")
        .nodes(nodes)
        .scenarios(scenarios(nodes))
        .build()
        .checkAgainst(catalogue);
  }

  private static void addFamily(List<FrameworkNode> nodes, IndicatorCatalogue catalogue, String id, String name,
      Dimension[] members) {
    int before = nodes.size();
    nodes.add(FrameworkNode.builder().id(id).name(name).parent(ROOT).build());
    boolean any = false;
    for (Dimension d : members) {
      any |= addGroup(nodes, catalogue, d, id);
    }
    if (!any) {
      nodes.remove(before);
    }
  }

  private static boolean addGroup(List<FrameworkNode> nodes, IndicatorCatalogue catalogue, Dimension dimension,
      String parent) {
    List<Indicator> indicators = catalogue.of(dimension);
    if (indicators.isEmpty()) {
      return false;
    }
    String name = Character.toUpperCase(dimension.id().charAt(0)) + dimension.id().substring(1).replace('-', ' ');
    nodes.add(FrameworkNode.builder().id(dimension.id()).name(name).parent(parent).build());
    for (Indicator indicator : indicators) {
      nodes.add(FrameworkNode.builder().id(indicator.id()).name(indicator.name()).parent(dimension.id())
          .indicator(indicator.id()).build());
    }
    return true;
  }

  private static List<Scenario> scenarios(List<FrameworkNode> nodes) {
    List<String> ids = nodes.stream().map(FrameworkNode::id).toList();
    return List.of(
        scenario(ids, "peacetime", "Peacetime", "Building the nation in peacetime: the political and economic potentials"
            + " that mobilise and sustain the others weigh more.",
            Map.of("political", 1.5, "economic", 1.5)),
        scenario(ids, "wartime", "Wartime (mobilisation)", "Mobilisation and the first year of a war: military potential"
            + " and forces weigh double, the political potential and posture that hold the population together weigh"
            + " more, diplomacy less.",
            Map.of("military", 2.0, "forces", 2.0, "political", 1.5, "posture", 1.5, "diplomatic", 0.75)),
        scenario(ids, "disaster-response", "Disaster response and search and rescue", "Natural disasters and search and"
            + " rescue: forces and posture weigh more; civil-defence plans and emergency response time lead their"
            + " groups.",
            Map.of("forces", 1.5, "posture", 1.5, "posture.civil_defence_plans", 2.0, "force.emergency_response_time", 2.0)));
  }

  private static Scenario scenario(List<String> ids, String id, String name, String description, Map<String, Double> weights) {
    Scenario.Builder b = Scenario.builder().id(id).name(name).description(description);
    // Keep only the nodes this catalogue has, in a stable order.
    weights.entrySet().stream().filter(e -> ids.contains(e.getKey())).sorted(Map.Entry.comparingByKey())
        .forEach(e -> b.putWeight(e.getKey(), e.getValue()));
    return b.build();
  }

  private static final class Holder {
    static final Framework BUILT_IN = of(IndicatorCatalogue.builtIn());
  }
}
