package org.custodian.notices;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;

import org.custodian.shared.FormNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection forms' answer to {@link FormNames}: the title each version showed its visitors, so that a consent
 * proof names « Lettre d'information » (version 3), not {@code newsletter}.
 */
@Component
class FormNameLookup implements FormNames {

    private final CollectionFormRepository repository;

    FormNameLookup(CollectionFormRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Version, String> titles(Collection<Version> versions) {
        var titles = new HashMap<Version, String>();
        var wanted = new HashSet<>(versions);
        var slugs = wanted.stream().map(Version::slug).filter(Objects::nonNull).distinct().toList();
        for (var found : repository.titles(slugs)) {
            if (found.title() == null || found.title().isBlank()) {
                continue;
            }
            var exact = new Version(found.slug(), found.version());
            if (wanted.contains(exact)) {
                titles.put(exact, found.title());
            }
            var unversioned = new Version(found.slug(), null);
            if (found.current() && wanted.contains(unversioned)) {
                titles.put(unversioned, found.title());
            }
        }
        return titles;
    }
}
