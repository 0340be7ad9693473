package org.medexpro;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * MedExPRO OS: the operating system of a medical exercise practice.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "MedExPRO OS", sharedModules = { "shared", "security", "audit" })
public class MedexApplication {

	public static void main(String[] args) {
		SpringApplication.run(MedexApplication.class, args);
	}

}
