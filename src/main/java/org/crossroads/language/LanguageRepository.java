package org.crossroads.language;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface LanguageRepository extends Repository<LanguageEntity, Long> {

	List<LanguageEntity> findAllByOrderByPosition();

	Optional<LanguageEntity> findByCode(String code);

	LanguageEntity save(LanguageEntity language);
}
