package org.crossroads;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CrossroadsApplication {

	public static void main(String[] args) {
		SpringApplication.run(CrossroadsApplication.class, args);
	}

}
