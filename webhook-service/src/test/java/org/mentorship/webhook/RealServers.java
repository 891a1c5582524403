package org.mentorship.webhook;

import io.quarkus.test.common.QuarkusTestResource;
import org.mentorship.testsupport.KafkaResource;
import org.mentorship.testsupport.PostgresResource;

/** Every test of this module runs against one real PostgreSQL and one real Kafka broker. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
public class RealServers {}
