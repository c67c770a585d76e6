package org.crossroads.ruleset;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RuleSetRepository extends JpaRepository<RuleSetEntity, Long> {

	Optional<RuleSetEntity> findByNumber(int number);

	Optional<RuleSetEntity> findFirstByStatusOrderByNumberDesc(RuleSetStatus status);

	Optional<RuleSetEntity> findFirstByStatus(RuleSetStatus status);

	List<RuleSetEntity> findByStatusOrderByNumberDesc(RuleSetStatus status);

	@Query("select max(r.number) from RuleSetEntity r where r.status = org.crossroads.ruleset.RuleSetStatus.PUBLISHED")
	Optional<Integer> latestPublishedNumber();
}
