package vn.ocop.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.ocop.reports.Documents;

/** Makes the one report renderer (templates compiled once and cached) injectable. */
@ApplicationScoped
public class PrintedDocuments {

    private final Documents documents = new Documents();

    @Produces
    @Singleton
    public Documents documents() {
        return documents;
    }
}
