package org.mentorship.webhook;

import io.quarkus.test.junit.QuarkusTest;
import org.mentorship.testsupport.ServiceBasicsTest;

@QuarkusTest
class BasicsTest extends ServiceBasicsTest {}
