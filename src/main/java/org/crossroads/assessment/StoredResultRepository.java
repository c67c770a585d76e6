package org.crossroads.assessment;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoredResultRepository extends JpaRepository<StoredResult, String> {

	/** A result locked until the transaction ends (SELECT ... FOR UPDATE): answers to it are stored one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT r FROM StoredResult r WHERE r.id = :id")
	Optional<StoredResult> findLocked(@Param("id") String id);

	/** SQL, so that answers and criteria go with their result by ON DELETE CASCADE, without loading them. */
	@Modifying
	@Query(nativeQuery = true, value = "DELETE FROM assessment_result WHERE id IN"
			+ " (SELECT id FROM assessment_result WHERE created_at < :before ORDER BY created_at LIMIT :limit)")
	int deleteOldestCreatedBefore(@Param("before") OffsetDateTime before, @Param("limit") int limit);
}
