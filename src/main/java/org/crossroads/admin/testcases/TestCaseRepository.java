package org.crossroads.admin.testcases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import org.crossroads.ruleset.RuleSetEntity;

public interface TestCaseRepository extends JpaRepository<TestCaseEntity, Long> {

	List<TestCaseEntity> findByRuleSetOrderByPositionAscIdAsc(RuleSetEntity ruleSet);
}
