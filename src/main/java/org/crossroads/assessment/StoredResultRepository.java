package org.crossroads.assessment;

import java.time.OffsetDateTime;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoredResultRepository extends JpaRepository<StoredResult, String> {

	/** SQL, so that answers and criteria go with their result by ON DELETE CASCADE, without loading them. */
	@Modifying
	@Query(nativeQuery = true, value = "DELETE FROM assessment_result WHERE id IN"
			+ " (SELECT id FROM assessment_result WHERE created_at < :before ORDER BY created_at LIMIT :limit)")
	int deleteOldestCreatedBefore(@Param("before") OffsetDateTime before, @Param("limit") int limit);
}
