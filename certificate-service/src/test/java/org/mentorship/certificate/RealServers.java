package org.mentorship.certificate;

import io.quarkus.test.common.QuarkusTestResource;
import org.mentorship.testsupport.KafkaResource;
import org.mentorship.testsupport.PostgresResource;
import org.mentorship.testsupport.TestSmtp;

/** Every test of this module runs against one real PostgreSQL, one real Kafka broker and one real SMTP server. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(TestSmtp.Resource.class)
public class RealServers {}
