package vn.motcua.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Which package of the product uses which, read from the compiled classes (every kind of reference: imports,
 * fully qualified names, annotations, calls), with one class-level example per edge so a failure says where to look.
 */
final class PackageGraph {
    static final String ROOT = "vn.motcua";

    /** package -> package it uses -> one example dependency (the first seen, in class name order). */
    private final Map<String, Map<String, String>> edges = new TreeMap<>();

    private PackageGraph() {
    }

    /** The graph between packages, each named as {@link #group} names it. */
    static PackageGraph of(JavaClasses classes, UnaryOperator<String> group) {
        PackageGraph graph = new PackageGraph();
        List<JavaClass> sorted = new ArrayList<>(classes);
        sorted.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (JavaClass origin : sorted) {
            String from = group.apply(origin.getPackageName());
            graph.edges.computeIfAbsent(from, k -> new TreeMap<>());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getPackageName();
                if (!target.startsWith(ROOT + ".")) {
                    continue;
                }
                String to = group.apply(target);
                if (!to.equals(from)) {
                    graph.edges.get(from).putIfAbsent(to, dependency.getDescription());
                }
            }
        }
        return graph;
    }

    /** A package's name below the root: {@code vn.motcua.zalo.bot} is {@code zalo.bot}. */
    static String relative(String packageName) {
        return packageName.startsWith(ROOT + ".") ? packageName.substring(ROOT.length() + 1) : packageName;
    }

    /** The feature a package belongs to: {@code vn.motcua.zalo.bot} is {@code zalo}. */
    static String feature(String packageName) {
        String relative = relative(packageName);
        int dot = relative.indexOf('.');
        return dot < 0 ? relative : relative.substring(0, dot);
    }

    Set<String> packages() {
        return edges.keySet();
    }

    Map<String, String> uses(String from) {
        return edges.getOrDefault(from, Map.of());
    }

    /** Groups of packages that reach each other (strongly connected, more than one package), sorted. */
    List<Set<String>> cycles() {
        return new Tarjan().run();
    }

    /** Tarjan's strongly connected components; iterative enough for a few dozen packages. */
    private final class Tarjan {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        List<Set<String>> run() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            components.sort((a, b) -> a.iterator().next().compareTo(b.iterator().next()));
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : uses(node).keySet()) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    components.add(component);
                }
            }
        }
    }
}
