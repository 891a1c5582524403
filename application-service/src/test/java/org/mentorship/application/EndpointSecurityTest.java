package org.mentorship.application;

import org.mentorship.testsupport.EveryEndpointSecurityTest;

import io.quarkus.test.junit.QuarkusTest;

/** 401 for every bad token and 403 for a mentee outside their role, on every endpoint of this service. */
@QuarkusTest
class EndpointSecurityTest extends EveryEndpointSecurityTest {
}
