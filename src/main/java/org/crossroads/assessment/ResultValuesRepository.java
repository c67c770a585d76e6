package org.crossroads.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResultValuesRepository extends JpaRepository<ResultValues, String> {
}
