package org.mentorship.stipend.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Direct SQL for assertions the API does not expose (outbox rows, stored ciphertext, the ledger's guard). */
@ApplicationScoped
public class Db {

    private final EntityManager em;

    Db(EntityManager em) {
        this.em = em;
    }

    public long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) query(sql, params).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    public List<Object> column(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> query(sql, params).getResultList());
    }

    public int update(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> query(sql, params).executeUpdate());
    }

    private jakarta.persistence.Query query(String sql, Object... params) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
