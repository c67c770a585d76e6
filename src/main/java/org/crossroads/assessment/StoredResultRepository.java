package org.crossroads.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredResultRepository extends JpaRepository<StoredResult, String> {
}
