package org.crossroads.assessment;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DraftRepository extends JpaRepository<Draft, String> {

	/** SQL, so that the answers go with their draft by ON DELETE CASCADE, without loading them. */
	@Modifying
	@Query(nativeQuery = true, value = "DELETE FROM assessment_draft WHERE id IN"
			+ " (SELECT id FROM assessment_draft WHERE updated_at < :before ORDER BY updated_at LIMIT :limit)")
	int deleteOldestUpdatedBefore(@Param("before") OffsetDateTime before, @Param("limit") int limit);

	/** Holds the draft's row until the transaction ends, so two finishes of one draft take turns. */
	@Query(nativeQuery = true, value = "SELECT id FROM assessment_draft WHERE id = :id FOR UPDATE")
	Optional<String> lockById(@Param("id") String id);

	@Modifying
	@Query(nativeQuery = true, value = "DELETE FROM assessment_draft WHERE result_id = :resultId")
	int deleteByResultId(@Param("resultId") String resultId);
}
