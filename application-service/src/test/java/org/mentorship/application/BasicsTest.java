package org.mentorship.application;

import org.mentorship.testsupport.ServiceBasicsTest;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BasicsTest extends ServiceBasicsTest {
}
