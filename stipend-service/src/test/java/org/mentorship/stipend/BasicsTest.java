package org.mentorship.stipend;

import io.quarkus.test.junit.QuarkusTest;
import org.mentorship.testsupport.ServiceBasicsTest;

@QuarkusTest
class BasicsTest extends ServiceBasicsTest {}
