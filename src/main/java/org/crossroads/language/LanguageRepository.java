package org.crossroads.language;

import java.util.List;

import org.springframework.data.repository.Repository;

interface LanguageRepository extends Repository<LanguageEntity, Long> {

	List<LanguageEntity> findAllByOrderByPosition();
}
