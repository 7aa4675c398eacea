package cn.jsaudit.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * The classes of facts some rule of a rule base can match: a class, or a superclass or interface of it, that a
 * pattern names ({@code Amount(…)}, {@code exists ColumnRead(…)}, {@code collect( PerformanceForm() )}).
 * A submission's other facts are not inserted: no rule can see them, and each insertion costs a fact handle, a
 * place in the session's object store and a pass through the network (the shipped rules no longer read the 47
 * {@code ColumnRead} facts of a submission; an auditor's rule that names them gets them again). Decided once per
 * rule base, from the object-type nodes its rules built.
 */
final class FactTypes {

    private final List<Class<?>> patterns;
    private final Map<Class<?>, Boolean> matched = new ConcurrentHashMap<>();

    private FactTypes(List<Class<?>> patterns) {
        this.patterns = patterns;
    }

    static FactTypes of(KieBase kieBase) {
        List<Class<?>> patterns = new ArrayList<>();
        for (ObjectTypeNode otn : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
            if (otn.getObjectType() instanceof ClassObjectType type && !otn.getObjectSinkPropagator().isEmpty()) {
                patterns.add(type.getClassType());
            }
        }
        return new FactTypes(List.copyOf(patterns));
    }

    boolean matches(Class<?> type) {
        Boolean known = matched.get(type);
        if (known == null) {
            known = patterns.stream().anyMatch(p -> p.isAssignableFrom(type));
            matched.put(type, known);
        }
        return known;
    }

    /** The facts some rule can match, in their order. */
    List<Object> only(Collection<?> facts) {
        List<Object> out = new ArrayList<>(facts.size());
        for (Object f : facts) {
            if (matches(f.getClass())) {
                out.add(f);
            }
        }
        return out;
    }
}
