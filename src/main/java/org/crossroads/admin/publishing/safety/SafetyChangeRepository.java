package org.crossroads.admin.publishing.safety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SafetyChangeRepository extends JpaRepository<SafetyChangeEntity, Long> {

	List<SafetyChangeEntity> findByRuleSetIdOrderByIdAsc(Long ruleSetId);
}
