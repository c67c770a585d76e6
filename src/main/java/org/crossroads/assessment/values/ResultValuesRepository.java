package org.crossroads.assessment.values;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResultValuesRepository extends JpaRepository<ResultValues, String> {
}
