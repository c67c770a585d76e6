package org.crossroads.admin.publishing;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedCoverageRepository extends JpaRepository<PublishedCoverageEntity, Long> {
}
