package org.mentorship.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.repository.CertificateRepository;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/** The public list of graduates: opted-in holders of a valid certificate, per term. */
@ApplicationScoped
public class GraduateService {

    private final CertificateRepository certificates;

    GraduateService(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    @Transactional
    public Page<Certificate> listed(UUID termId, PageRequest page) {
        return Page.of(certificates.listedGraduates(termId), page, c -> c);
    }
}
