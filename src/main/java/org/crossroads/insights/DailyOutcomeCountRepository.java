package org.crossroads.insights;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DailyOutcomeCountRepository extends JpaRepository<DailyOutcomeCount, Long> {

	List<DailyOutcomeCount> findByDayBetween(LocalDate from, LocalDate to);

	@Query("select distinct c.ruleSetVersion from DailyOutcomeCount c order by c.ruleSetVersion desc")
	List<Integer> findVersions();
}
