package org.crossroads.audit;

import java.time.OffsetDateTime;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	/** One batch, in its own transaction: a purge cut short leaves whole entries, and the next run goes on. */
	@Modifying
	@Transactional
	@Query(nativeQuery = true, value = "DELETE FROM audit_event WHERE id IN"
			+ " (SELECT id FROM audit_event WHERE occurred_at < :before ORDER BY occurred_at LIMIT :limit)")
	int deleteOldestBefore(@Param("before") OffsetDateTime before, @Param("limit") int limit);
}
