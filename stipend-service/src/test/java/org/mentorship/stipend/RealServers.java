package org.mentorship.stipend;

import org.mentorship.testsupport.KafkaResource;
import org.mentorship.testsupport.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this module runs against one real PostgreSQL and one real Kafka broker. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
public class RealServers {
}
