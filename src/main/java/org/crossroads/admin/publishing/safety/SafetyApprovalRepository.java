package org.crossroads.admin.publishing.safety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SafetyApprovalRepository extends JpaRepository<SafetyApprovalEntity, Long> {

	List<SafetyApprovalEntity> findByRuleSetIdOrderByIdAsc(Long ruleSetId);
}
