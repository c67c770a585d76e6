package org.crossroads.insights;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DailyOutcomeCountRepository extends JpaRepository<DailyOutcomeCount, Long> {

	List<DailyOutcomeCount> findByDayGreaterThanEqual(LocalDate from);
}
