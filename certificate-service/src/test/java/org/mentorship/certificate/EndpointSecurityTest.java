package org.mentorship.certificate;

import io.quarkus.test.junit.QuarkusTest;
import org.mentorship.testsupport.EveryEndpointSecurityTest;

/** 401 for every bad token and 403 for a mentee outside their role, on every endpoint of this service. */
@QuarkusTest
class EndpointSecurityTest extends EveryEndpointSecurityTest {}
