package org.crossroads.admin;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import org.crossroads.content.RuleSetEntity;

public interface TestCaseRepository extends JpaRepository<TestCaseEntity, Long> {

	List<TestCaseEntity> findByRuleSetOrderByPositionAscIdAsc(RuleSetEntity ruleSet);
}
